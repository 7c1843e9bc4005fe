ALTER TABLE "users" ADD COLUMN "email_verified_at" timestamp with time zone;--> statement-breakpoint
-- Accounts without a password were made by a GitHub or Google sign-in, which vouched for the email then.
UPDATE "users" SET "email_verified_at" = "created_at" WHERE "password_hash" IS NULL;
