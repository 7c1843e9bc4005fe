// Demo user accounts of the demo catalogue; all texts are written by the Marquee project.
import type { DemoUser } from "./types";

export const users: DemoUser[] = [
  {
    username: "cinephile_anna",
    email: "cinephile_anna@demo.marquee.local",
    displayName: "Anna K.",
    bio: "Watches everything twice, the second time for the editing.",
  },
  {
    username: "petr_novak",
    email: "petr_novak@demo.marquee.local",
    displayName: "Petr Novák",
    bio: "Czech New Wave devotee with a soft spot for thrillers.",
  },
  {
    username: "midnight_reels",
    email: "midnight_reels@demo.marquee.local",
    displayName: "Midnight Reels",
    bio: "Late-night screenings, genre cinema and the odd cult classic.",
  },
  {
    username: "kenji",
    email: "kenji@demo.marquee.local",
    displayName: "Kenji",
    bio: "Samurai films, anime and anything with rain in it.",
  },
  {
    username: "lucia_films",
    email: "lucia_films@demo.marquee.local",
    displayName: "Lucía",
    bio: "Latin American cinema and long, quiet dramas.",
  },
  {
    username: "old_projector",
    email: "old_projector@demo.marquee.local",
    displayName: "The Old Projector",
    bio: "Silent era to the seventies; colour is a recent fad.",
  },
  {
    username: "popcorn_sam",
    email: "popcorn_sam@demo.marquee.local",
    displayName: "Sam",
    bio: "Here for the set pieces. Rates generously, complains loudly.",
  },
  {
    username: "admin",
    email: "admin@demo.marquee.local",
    displayName: "Demo Admin",
    bio: "Looks after the demo catalogue and its reports.",
    role: "admin",
  },
];
