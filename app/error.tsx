"use client";

// Shown for unexpected errors: a plain apology and a retry, never the error's details.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="py-16 text-center">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-4 text-stone-600 dark:text-stone-400">
        We could not show this page just now. Please try again in a moment.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-accent-500 px-4 py-2 font-medium text-stone-950 hover:bg-accent-400"
      >
        Try again
      </button>
    </div>
  );
}
