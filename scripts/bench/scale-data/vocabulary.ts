// Words the generated rows are made of: enough variety for search and for pages of realistic length, not prose.

export const TITLE_ADJECTIVES = [
  "Silent", "Crimson", "Last", "Hidden", "Broken", "Golden", "Distant", "Burning", "Quiet", "Endless", "Frozen",
  "Wild", "Lonely", "Secret", "Midnight", "Electric", "Savage", "Gentle", "Restless", "Forgotten", "Northern",
  "Scarlet", "Hollow", "Paper", "Iron", "Glass", "Velvet", "Bitter", "Sweet", "Lost", "Dark", "Bright", "Final",
];

export const TITLE_NOUNS = [
  "River", "Summer", "Harbour", "Witness", "Garden", "Frontier", "Station", "Mirror", "Kingdom", "Horizon", "Letter",
  "Orchard", "Engine", "Island", "Promise", "Shadow", "Season", "Highway", "Voyage", "Crown", "Storm", "Valley",
  "Lantern", "Circus", "Harvest", "Signal", "Passage", "Tide", "Empire", "Carnival", "Lighthouse", "Border", "Echo",
];

export const TITLE_PLACES = [
  "Berlin", "Lisbon", "the North", "Tomorrow", "Avalon", "Kyoto", "the Sea", "Marrakesh", "the Old Town", "Prague",
  "the Desert", "Montevideo", "Brno", "Saturn", "the Valley", "Oslo", "Havana", "the Mountains", "Seoul", "Lagos",
];

export const FIRST_NAMES = [
  "Anna", "Jan", "Marie", "Tomás", "Eva", "Pavel", "Lucia", "Martin", "Sofia", "David", "Yuki", "Kenji", "Amara",
  "Kwame", "Ingrid", "Lars", "Camille", "Hugo", "Elena", "Mateo", "Priya", "Arjun", "Mei", "Wei", "Olga", "Ivan",
  "Fatima", "Omar", "Grace", "Samuel", "Chloe", "Liam", "Isabel", "Diego", "Nora", "Felix", "Zofia", "Karel",
  "Hana", "Jiho", "Minji", "Leila", "Rafael", "Astrid", "Bruno", "Clara", "Emil", "Greta", "Hamid", "Iris",
];

export const LAST_NAMES = [
  "Novak", "Svoboda", "Dvořák", "Martin", "Bernard", "Rossi", "Bianchi", "García", "López", "Silva", "Santos",
  "Tanaka", "Suzuki", "Kim", "Park", "Lee", "Chen", "Wang", "Okafor", "Mensah", "Andersson", "Nilsen", "Müller",
  "Schmidt", "Kowalski", "Nowak", "Ivanova", "Petrov", "Haddad", "Rahman", "Singh", "Patel", "O'Brien", "Murphy",
  "Walsh", "Costa", "Ferreira", "Moreau", "Laurent", "Fischer", "Horvat", "Kovač", "Yilmaz", "Demir", "Cohen",
];

export const PLOT_SENTENCES = [
  "A retired lighthouse keeper takes in a stranger washed up after a storm.",
  "Two sisters return to their childhood town to sell the family orchard.",
  "A young surveyor maps a border that both countries claim.",
  "An ageing boxer trains the son of his oldest rival.",
  "A night-shift radio host starts receiving calls from the future.",
  "A travelling circus crosses a continent on the eve of war.",
  "A translator is caught between two delegations and her own conscience.",
  "Three friends rob the bank that foreclosed on their street.",
  "A detective with a failing memory reopens the case that made her name.",
  "A composer loses his hearing in the year of his greatest commission.",
  "A family of smugglers fights to keep the last ferry running.",
  "An astronaut comes home to a town that no longer remembers her.",
];

export const REVIEW_SENTENCES = [
  "The photography is gorgeous and the score never lets go.",
  "It takes its time, but the last act earns every minute.",
  "The lead performance carries a script that wanders in the middle.",
  "I laughed more than I expected and cried more than I wanted to.",
  "Too long by half an hour, yet I would watch it again.",
  "A quiet film that stays with you for days.",
  "The twist is telegraphed from the first scene.",
  "Every frame looks like a painting; the dialogue less so.",
  "A crowd-pleaser in the best sense.",
  "Not for everyone, but exactly for me.",
  "The supporting cast steals the show.",
  "It never decides what it wants to be.",
];
