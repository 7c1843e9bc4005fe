// Films of the demo catalogue; every plot is written by the Marquee project in its own words.
import type { DemoFilm } from "./types";

const EDITORS = "Marquee editors";

export const films: DemoFilm[] = [
  {
    slug: "escape-2024",
    title: "Escape",
    originalTitle: "탈주",
    year: 2024,
    releaseDate: "2024-07-03",
    runtimeMinutes: 94,
    countries: ["KR"],
    genres: ["thriller", "action"],
    titles: [
      { title: "탈주", kind: "original", language: "ko", country: "KR" },
      { title: "Run Away", kind: "alternate", language: "en" },
    ],
    plots: [
      {
        body: "A North Korean sergeant with only days left of his service has quietly planned a run across the border to the South. When his plan is found out, a security officer who has known him since childhood takes up the chase, and the two are pulled into a pursuit neither can afford to lose.",
        source: "Well Go USA Entertainment",
      },
    ],
    credits: [
      { person: "lee-jong-pil", role: "director" },
      { person: "lee-je-hoon", role: "cast", character: "Lim Gyu-nam" },
      { person: "koo-kyo-hwan", role: "cast", character: "Ri Hyun-sang" },
    ],
  },
  {
    slug: "amelie-2001",
    title: "Amélie",
    originalTitle: "Le Fabuleux Destin d'Amélie Poulain",
    year: 2001,
    releaseDate: "2001-04-25",
    runtimeMinutes: 122,
    countries: ["FR", "DE"],
    genres: ["comedy", "romance"],
    titles: [
      { title: "Le Fabuleux Destin d'Amélie Poulain", kind: "original", language: "fr", country: "FR" },
      { title: "The Fabulous Destiny of Amélie Poulain", kind: "alternate", language: "en" },
    ],
    plots: [
      {
        body: "A shy waitress in Montmartre finds a tin box of childhood treasures hidden in her flat and decides to return it to its owner. His joy sets her on a secret career of small kindnesses for the people around her, while she keeps dodging the chance of happiness for herself.",
        source: EDITORS,
      },
      { body: "A daydreaming Parisian meddles in strangers' lives for their own good, and nearly misses her own love story.", source: "Marquee community" },
    ],
    credits: [
      { person: "jean-pierre-jeunet", role: "director" },
      { person: "audrey-tautou", role: "cast", character: "Amélie Poulain" },
      { person: "mathieu-kassovitz", role: "cast", character: "Nino Quincampoix" },
    ],
  },
  {
    slug: "seven-samurai-1954",
    title: "Seven Samurai",
    originalTitle: "七人の侍",
    year: 1954,
    releaseDate: "1954-04-26",
    runtimeMinutes: 207,
    countries: ["JP"],
    genres: ["action", "drama"],
    titles: [
      { title: "七人の侍", kind: "original", language: "ja", country: "JP" },
      { title: "Shichinin no samurai", kind: "alternate", language: "ja-Latn" },
    ],
    plots: [
      {
        body: "Farmers who expect bandits to raid their village after the harvest scrape together what rice they have to hire protection. An old, level-headed samurai agrees to help and recruits six more swords, among them a reckless braggart, and together they teach the village to defend itself.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "akira-kurosawa", role: "director" },
      { person: "takashi-shimura", role: "cast", character: "Kambei Shimada" },
      { person: "toshiro-mifune", role: "cast", character: "Kikuchiyo" },
    ],
  },
  {
    slug: "rashomon-1950",
    title: "Rashomon",
    originalTitle: "羅生門",
    year: 1950,
    releaseDate: "1950-08-25",
    runtimeMinutes: 88,
    countries: ["JP"],
    genres: ["crime", "drama", "mystery"],
    titles: [{ title: "羅生門", kind: "original", language: "ja", country: "JP" }],
    plots: [
      {
        body: "Sheltering from a downpour under a ruined city gate, a woodcutter and a priest recount a trial: a samurai has died in the forest and his wife has been attacked. The bandit, the wife and even the dead man tell the story, and each version contradicts the others.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "akira-kurosawa", role: "director" },
      { person: "toshiro-mifune", role: "cast", character: "Tajōmaru" },
      { person: "machiko-kyo", role: "cast", character: "Masako Kanazawa" },
      { person: "masayuki-mori", role: "cast", character: "Takehiro Kanazawa" },
      { person: "takashi-shimura", role: "cast", character: "Woodcutter" },
    ],
  },
  {
    slug: "ikiru-1952",
    title: "Ikiru",
    originalTitle: "生きる",
    year: 1952,
    runtimeMinutes: 143,
    countries: ["JP"],
    genres: ["drama"],
    titles: [
      { title: "生きる", kind: "original", language: "ja", country: "JP" },
      { title: "To Live", kind: "alternate", language: "en" },
    ],
    plots: [
      {
        body: "A city hall bureaucrat who has spent decades stamping papers learns that he has only months to live. After a failed attempt at pleasure-seeking, he throws his last strength into getting one small playground built against the indifference of his own office.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "akira-kurosawa", role: "director" },
      { person: "takashi-shimura", role: "cast", character: "Kanji Watanabe" },
    ],
  },
  {
    slug: "parasite-2019",
    title: "Parasite",
    originalTitle: "기생충",
    year: 2019,
    releaseDate: "2019-05-30",
    runtimeMinutes: 132,
    countries: ["KR"],
    genres: ["thriller", "drama", "comedy"],
    titles: [
      { title: "기생충", kind: "original", language: "ko", country: "KR" },
      { title: "Gisaengchung", kind: "alternate", language: "ko-Latn" },
    ],
    plots: [
      {
        body: "An unemployed family living in a cramped semi-basement wins, one member at a time, jobs in the household of a wealthy family by posing as unrelated professionals. The arrangement works beautifully until a rainy night reveals that the grand house holds a secret of its own.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "bong-joon-ho", role: "director" },
      { person: "bong-joon-ho", role: "writer" },
      { person: "song-kang-ho", role: "cast", character: "Kim Ki-taek" },
      { person: "choi-woo-shik", role: "cast", character: "Kim Ki-woo" },
      { person: "park-so-dam", role: "cast", character: "Kim Ki-jung" },
      { person: "cho-yeo-jeong", role: "cast", character: "Park Yeon-kyo" },
    ],
  },
  {
    slug: "memories-of-murder-2003",
    title: "Memories of Murder",
    originalTitle: "살인의 추억",
    year: 2003,
    runtimeMinutes: 132,
    countries: ["KR"],
    genres: ["crime", "thriller", "mystery"],
    titles: [{ title: "살인의 추억", kind: "original", language: "ko", country: "KR" }],
    plots: [
      {
        body: "In a rural province in the late 1980s, women are being murdered one after another on rainy nights. A local detective who trusts his instincts and a methodical colleague from Seoul clash over how to catch the killer, while the investigation slides out of their hands.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "bong-joon-ho", role: "director" },
      { person: "song-kang-ho", role: "cast", character: "Park Doo-man" },
      { person: "kim-sang-kyung", role: "cast", character: "Seo Tae-yoon" },
    ],
  },
  {
    slug: "the-host-2006",
    title: "The Host",
    originalTitle: "괴물",
    year: 2006,
    releaseDate: "2006-07-27",
    runtimeMinutes: 120,
    countries: ["KR"],
    genres: ["science-fiction", "horror", "drama"],
    titles: [{ title: "괴물", kind: "original", language: "ko", country: "KR" }],
    plots: [
      {
        body: "A creature born of chemicals dumped into the Han River storms the riverbank and carries off a snack-bar owner's young daughter. Dismissed by the authorities, her scatterbrained father and his squabbling family set out to find her themselves.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "bong-joon-ho", role: "director" },
      { person: "song-kang-ho", role: "cast", character: "Park Gang-du" },
      { person: "bae-doona", role: "cast", character: "Park Nam-joo" },
    ],
  },
  {
    slug: "oldboy-2003",
    title: "Oldboy",
    originalTitle: "올드보이",
    year: 2003,
    releaseDate: "2003-11-21",
    runtimeMinutes: 120,
    countries: ["KR"],
    genres: ["thriller", "mystery", "drama"],
    titles: [{ title: "올드보이", kind: "original", language: "ko", country: "KR" }],
    plots: [
      {
        body: "An ordinary man is kidnapped and kept in a locked room for fifteen years without ever learning why. Released just as suddenly, he is given a few days to discover who imprisoned him, and the answer is worse than the captivity.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "park-chan-wook", role: "director" },
      { person: "choi-min-sik", role: "cast", character: "Oh Dae-su" },
      { person: "yoo-ji-tae", role: "cast", character: "Lee Woo-jin" },
      { person: "kang-hye-jung", role: "cast", character: "Mi-do" },
    ],
  },
  {
    slug: "spirited-away-2001",
    title: "Spirited Away",
    originalTitle: "千と千尋の神隠し",
    year: 2001,
    releaseDate: "2001-07-20",
    runtimeMinutes: 125,
    countries: ["JP"],
    genres: ["animation", "fantasy", "family"],
    titles: [
      { title: "千と千尋の神隠し", kind: "original", language: "ja", country: "JP" },
      { title: "Sen to Chihiro no kamikakushi", kind: "alternate", language: "ja-Latn" },
    ],
    plots: [
      {
        body: "On the way to their new home, a sulky ten-year-old and her parents wander into what looks like an abandoned theme park. When her parents are turned into pigs, she must take a job in a bathhouse for spirits and keep hold of her own name to find a way back.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "hayao-miyazaki", role: "director" },
      { person: "hayao-miyazaki", role: "writer" },
      { person: "rumi-hiiragi", role: "cast", character: "Chihiro Ogino (voice)" },
      { person: "miyu-irino", role: "cast", character: "Haku (voice)" },
    ],
  },
  {
    slug: "my-neighbor-totoro-1988",
    title: "My Neighbor Totoro",
    originalTitle: "となりのトトロ",
    year: 1988,
    releaseDate: "1988-04-16",
    runtimeMinutes: 86,
    countries: ["JP"],
    genres: ["animation", "family", "fantasy"],
    titles: [{ title: "となりのトトロ", kind: "original", language: "ja", country: "JP" }],
    plots: [
      {
        body: "Two sisters move with their father to an old house in the countryside to be near their mother's hospital. Exploring the woods, they befriend the gentle, enormous forest spirits who live there, and who help them through a summer of worry.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "hayao-miyazaki", role: "director" },
      { person: "noriko-hidaka", role: "cast", character: "Satsuki Kusakabe (voice)" },
      { person: "chika-sakamoto", role: "cast", character: "Mei Kusakabe (voice)" },
    ],
  },
  {
    slug: "princess-mononoke-1997",
    title: "Princess Mononoke",
    originalTitle: "もののけ姫",
    year: 1997,
    releaseDate: "1997-07-12",
    runtimeMinutes: 134,
    countries: ["JP"],
    genres: ["animation", "fantasy", "adventure"],
    titles: [{ title: "もののけ姫", kind: "original", language: "ja", country: "JP" }],
    plots: [
      {
        body: "Cursed while defending his village from a maddened boar god, a young prince travels west in search of a cure. He arrives at an ironworks at war with the forest and its gods, and finds himself between the town's determined leader and a girl raised by wolves.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "hayao-miyazaki", role: "director" },
      { person: "yoji-matsuda", role: "cast", character: "Ashitaka (voice)" },
      { person: "yuriko-ishida", role: "cast", character: "San (voice)" },
    ],
  },
  {
    slug: "psycho-1960",
    title: "Psycho",
    year: 1960,
    releaseDate: "1960-06-16",
    runtimeMinutes: 109,
    countries: ["US"],
    genres: ["horror", "thriller", "mystery"],
    plots: [
      {
        body: "An office worker steals a large sum of cash from her employer and drives off to start over with her lover. Caught in a storm, she stops for the night at a quiet roadside motel run by a polite young man who lives with his domineering mother.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "alfred-hitchcock", role: "director" },
      { person: "anthony-perkins", role: "cast", character: "Norman Bates" },
      { person: "janet-leigh", role: "cast", character: "Marion Crane" },
    ],
  },
  {
    slug: "vertigo-1958",
    title: "Vertigo",
    year: 1958,
    releaseDate: "1958-05-09",
    runtimeMinutes: 128,
    countries: ["US"],
    genres: ["mystery", "thriller", "romance"],
    plots: [
      {
        body: "A San Francisco detective who quit the force because of his fear of heights is hired by an old friend to follow his wife, who seems possessed by the past. He becomes obsessed with her, and the obsession outlives what he thinks is the end of the case.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "alfred-hitchcock", role: "director" },
      { person: "james-stewart", role: "cast", character: "John \"Scottie\" Ferguson" },
      { person: "kim-novak", role: "cast", character: "Madeleine Elster / Judy Barton" },
    ],
  },
  {
    slug: "rear-window-1954",
    title: "Rear Window",
    year: 1954,
    runtimeMinutes: 112,
    countries: ["US"],
    genres: ["mystery", "thriller"],
    plots: [
      {
        body: "Stuck in his apartment with a broken leg during a heat wave, a photographer passes the time watching his neighbours through their open windows. He grows convinced that one of them has killed his wife, and draws his girlfriend into proving it.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "alfred-hitchcock", role: "director" },
      { person: "james-stewart", role: "cast", character: "L. B. \"Jeff\" Jefferies" },
      { person: "grace-kelly", role: "cast", character: "Lisa Fremont" },
    ],
  },
  {
    slug: "2001-a-space-odyssey-1968",
    title: "2001: A Space Odyssey",
    year: 1968,
    runtimeMinutes: 149,
    countries: ["GB", "US"],
    genres: ["science-fiction", "adventure"],
    plots: [
      {
        body: "A black monolith appears at the dawn of humanity and again, millions of years later, buried on the Moon. A crewed mission sets out for Jupiter to learn where its signal points, watched over by a ship's computer that never makes mistakes.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "stanley-kubrick", role: "director" },
      { person: "keir-dullea", role: "cast", character: "Dr. David Bowman" },
      { person: "gary-lockwood", role: "cast", character: "Dr. Frank Poole" },
    ],
  },
  {
    slug: "dr-strangelove-1964",
    title: "Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb",
    year: 1964,
    runtimeMinutes: 95,
    countries: ["GB", "US"],
    genres: ["comedy", "war"],
    titles: [{ title: "Dr. Strangelove", kind: "alternate", language: "en" }],
    plots: [
      {
        body: "A general convinced of a communist plot against his bodily fluids sends his bombers to attack the Soviet Union. In the war room, the President, his generals and a wheelchair-bound scientist try to call the planes back before a doomsday device does the rest.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "stanley-kubrick", role: "director" },
      { person: "peter-sellers", role: "cast", character: "Group Capt. Lionel Mandrake / President Merkin Muffley / Dr. Strangelove" },
      { person: "george-c-scott", role: "cast", character: "Gen. Buck Turgidson" },
    ],
  },
  {
    slug: "the-shining-1980",
    title: "The Shining",
    year: 1980,
    runtimeMinutes: 146,
    countries: ["GB", "US"],
    genres: ["horror"],
    plots: [
      {
        body: "A struggling writer takes a job as the winter caretaker of an isolated mountain hotel and moves in with his wife and young son. As the snow closes the roads, the hotel's past starts to work on him, while his son sees things no one else can.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "stanley-kubrick", role: "director" },
      { person: "jack-nicholson", role: "cast", character: "Jack Torrance" },
      { person: "shelley-duvall", role: "cast", character: "Wendy Torrance" },
    ],
  },
  {
    slug: "one-flew-over-the-cuckoos-nest-1975",
    title: "One Flew Over the Cuckoo's Nest",
    year: 1975,
    runtimeMinutes: 133,
    countries: ["US"],
    genres: ["drama"],
    plots: [
      {
        body: "A brawling convict gets himself moved to a psychiatric ward, expecting an easier sentence. His rebellion against the ward's calm, controlling head nurse wakes up the other patients, and raises the stakes for all of them.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "milos-forman", role: "director" },
      { person: "jack-nicholson", role: "cast", character: "Randle McMurphy" },
      { person: "louise-fletcher", role: "cast", character: "Nurse Ratched" },
    ],
  },
  {
    slug: "amadeus-1984",
    title: "Amadeus",
    year: 1984,
    runtimeMinutes: 160,
    countries: ["US"],
    genres: ["drama", "history", "musical"],
    plots: [
      {
        body: "In an asylum, the aged court composer Antonio Salieri confesses how he came to envy, and then to destroy, a vulgar young genius whose music he alone could fully appreciate: Wolfgang Amadeus Mozart.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "milos-forman", role: "director" },
      { person: "f-murray-abraham", role: "cast", character: "Antonio Salieri" },
      { person: "tom-hulce", role: "cast", character: "Wolfgang Amadeus Mozart" },
    ],
  },
  {
    slug: "the-firemens-ball-1967",
    title: "The Firemen's Ball",
    originalTitle: "Hoří, má panenko",
    year: 1967,
    runtimeMinutes: 73,
    countries: ["CS", "IT"],
    genres: ["comedy"],
    titles: [{ title: "Hoří, má panenko", kind: "original", language: "cs", country: "CS" }],
    plots: [
      {
        body: "A small-town volunteer fire brigade throws a ball in honour of its retired chairman. The beauty contest, the raffle and a real fire all go wrong in turn, in a comedy that pokes at every committee that ever meant well.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "milos-forman", role: "director" },
      { person: "jan-vostrcil", role: "cast" },
    ],
  },
  {
    slug: "closely-watched-trains-1966",
    title: "Closely Watched Trains",
    originalTitle: "Ostře sledované vlaky",
    year: 1966,
    runtimeMinutes: 93,
    countries: ["CS"],
    genres: ["comedy", "drama", "war"],
    titles: [{ title: "Ostře sledované vlaky", kind: "original", language: "cs", country: "CS" }],
    plots: [
      {
        body: "During the German occupation, a shy young man starts work as an apprentice at a sleepy railway station. Between the station's amorous dispatcher and his own romantic embarrassments, he stumbles towards an act of resistance.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "jiri-menzel", role: "director" },
      { person: "vaclav-neckar", role: "cast", character: "Miloš Hrma" },
    ],
  },
  {
    slug: "metropolis-1927",
    title: "Metropolis",
    year: 1927,
    runtimeMinutes: 153,
    countries: ["DE"],
    genres: ["science-fiction", "drama"],
    plots: [
      {
        body: "In a towering city of the future, the privileged live in gardens above while workers toil beneath the streets. The son of the city's master falls for a woman who preaches hope to the workers, just as his father has an inventor build a machine in her likeness.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "fritz-lang", role: "director" },
      { person: "brigitte-helm", role: "cast", character: "Maria" },
      { person: "gustav-frohlich", role: "cast", character: "Freder Fredersen" },
    ],
  },
  {
    slug: "m-1931",
    title: "M",
    originalTitle: "M – Eine Stadt sucht einen Mörder",
    year: 1931,
    runtimeMinutes: 117,
    countries: ["DE"],
    genres: ["crime", "thriller"],
    titles: [{ title: "M – Eine Stadt sucht einen Mörder", kind: "original", language: "de", country: "DE" }],
    plots: [
      {
        body: "A child murderer spreads fear through a German city. With the police raiding their haunts day and night, the criminal underworld decides to catch the killer itself, and puts him on trial.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "fritz-lang", role: "director" },
      { person: "peter-lorre", role: "cast", character: "Hans Beckert" },
    ],
  },
  {
    slug: "nosferatu-1922",
    title: "Nosferatu",
    originalTitle: "Nosferatu, eine Symphonie des Grauens",
    year: 1922,
    runtimeMinutes: 94,
    countries: ["DE"],
    genres: ["horror", "fantasy"],
    titles: [{ title: "Nosferatu, eine Symphonie des Grauens", kind: "original", language: "de", country: "DE" }],
    plots: [
      {
        body: "An estate agent's clerk travels to the Carpathians to sell a house to the reclusive Count Orlok. The count turns out to be a vampire, and follows the clerk home by ship, bringing the plague with him.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "f-w-murnau", role: "director" },
      { person: "max-schreck", role: "cast", character: "Count Orlok" },
    ],
  },
  {
    slug: "battleship-potemkin-1925",
    title: "Battleship Potemkin",
    originalTitle: "Броненосец «Потёмкин»",
    year: 1925,
    runtimeMinutes: 75,
    countries: ["SU"],
    genres: ["drama", "history", "war"],
    titles: [{ title: "Броненосец «Потёмкин»", kind: "original", language: "ru", country: "SU" }],
    plots: [
      {
        body: "In 1905 the sailors of a battleship of the tsar's navy refuse to eat rotten meat, and the protest grows into mutiny. The people of Odessa rally to the ship, and the army answers them on the city's great harbour steps.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "sergei-eisenstein", role: "director" },
      { person: "aleksandr-antonov", role: "cast", character: "Grigory Vakulinchuk" },
    ],
  },
  {
    slug: "stalker-1979",
    title: "Stalker",
    originalTitle: "Сталкер",
    year: 1979,
    runtimeMinutes: 162,
    countries: ["SU"],
    genres: ["science-fiction", "drama"],
    titles: [{ title: "Сталкер", kind: "original", language: "ru", country: "SU" }],
    plots: [
      {
        body: "A guide leads a writer and a professor into the Zone, a guarded wilderness where the ordinary rules do not apply and where a room is said to grant one's innermost wish. The slow, roundabout journey turns into a questioning of what each of them truly wants.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "andrei-tarkovsky", role: "director" },
      { person: "alexander-kaidanovsky", role: "cast", character: "Stalker" },
      { person: "anatoly-solonitsyn", role: "cast", character: "Writer" },
    ],
  },
  {
    slug: "solaris-1972",
    title: "Solaris",
    originalTitle: "Солярис",
    year: 1972,
    runtimeMinutes: 167,
    countries: ["SU"],
    genres: ["science-fiction", "drama"],
    titles: [{ title: "Солярис", kind: "original", language: "ru", country: "SU" }],
    plots: [
      {
        body: "A psychologist is sent to a space station orbiting an ocean planet to decide whether its troubled research should go on. On board he meets his wife, who died years before, and the planet's ocean seems to be the cause.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "andrei-tarkovsky", role: "director" },
      { person: "donatas-banionis", role: "cast", character: "Kris Kelvin" },
      { person: "natalya-bondarchuk", role: "cast", character: "Hari" },
      { person: "anatoly-solonitsyn", role: "cast", character: "Dr. Sartorius" },
    ],
  },
  {
    slug: "bicycle-thieves-1948",
    title: "Bicycle Thieves",
    originalTitle: "Ladri di biciclette",
    year: 1948,
    runtimeMinutes: 89,
    countries: ["IT"],
    genres: ["drama"],
    titles: [
      { title: "Ladri di biciclette", kind: "original", language: "it", country: "IT" },
      { title: "The Bicycle Thief", kind: "alternate", language: "en", country: "US" },
    ],
    plots: [
      {
        body: "In post-war Rome, a man finally lands a job pasting up posters, on condition that he has a bicycle. On his first day the bicycle is stolen, and he and his young son search the city for it.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "vittorio-de-sica", role: "director" },
      { person: "lamberto-maggiorani", role: "cast", character: "Antonio Ricci" },
      { person: "enzo-staiola", role: "cast", character: "Bruno Ricci" },
    ],
  },
  {
    slug: "la-dolce-vita-1960",
    title: "La Dolce Vita",
    year: 1960,
    runtimeMinutes: 174,
    countries: ["IT", "FR"],
    genres: ["drama", "comedy"],
    titles: [{ title: "La dolce vita", kind: "original", language: "it", country: "IT" }],
    plots: [
      {
        body: "A gossip journalist drifts through a week of Roman nights, parties and celebrity scandals, half in love with the glamour he covers and half disgusted by it, while the serious life he once imagined for himself slips further away.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "federico-fellini", role: "director" },
      { person: "marcello-mastroianni", role: "cast", character: "Marcello Rubini" },
      { person: "anita-ekberg", role: "cast", character: "Sylvia" },
    ],
  },
  {
    slug: "eight-and-a-half-1963",
    title: "8½",
    year: 1963,
    runtimeMinutes: 138,
    countries: ["IT", "FR"],
    genres: ["drama", "fantasy"],
    titles: [{ title: "Otto e mezzo", kind: "alternate", language: "it" }],
    plots: [
      {
        body: "A celebrated film director has a new production ready to shoot and no idea what it is about. Hounded by producers, actors, his wife and his mistress, he retreats into memories and daydreams.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "federico-fellini", role: "director" },
      { person: "marcello-mastroianni", role: "cast", character: "Guido Anselmi" },
      { person: "claudia-cardinale", role: "cast", character: "Claudia" },
    ],
  },
  {
    slug: "the-seventh-seal-1957",
    title: "The Seventh Seal",
    originalTitle: "Det sjunde inseglet",
    year: 1957,
    runtimeMinutes: 96,
    countries: ["SE"],
    genres: ["drama", "fantasy"],
    titles: [{ title: "Det sjunde inseglet", kind: "original", language: "sv", country: "SE" }],
    plots: [
      {
        body: "A knight back from the Crusades finds Death waiting for him on a plague-stricken shore and challenges him to a game of chess to buy time. As the game goes on, he travels home with his squire and a band of strolling players.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "ingmar-bergman", role: "director" },
      { person: "max-von-sydow", role: "cast", character: "Antonius Block" },
      { person: "bengt-ekerot", role: "cast", character: "Death" },
    ],
  },
  {
    slug: "persona-1966",
    title: "Persona",
    year: 1966,
    runtimeMinutes: 85,
    countries: ["SE"],
    genres: ["drama"],
    plots: [
      {
        body: "A stage actress stops speaking in the middle of a performance. A young nurse takes her to a seaside cottage to recover, and, talking to fill the silence, feels her own identity begin to blur into her patient's.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "ingmar-bergman", role: "director" },
      { person: "bibi-andersson", role: "cast", character: "Alma" },
      { person: "liv-ullmann", role: "cast", character: "Elisabet Vogler" },
    ],
  },
  {
    slug: "breathless-1960",
    title: "Breathless",
    originalTitle: "À bout de souffle",
    year: 1960,
    runtimeMinutes: 90,
    countries: ["FR"],
    genres: ["crime", "drama", "romance"],
    titles: [{ title: "À bout de souffle", kind: "original", language: "fr", country: "FR" }],
    plots: [
      {
        body: "A small-time car thief who models himself on screen gangsters shoots a policeman and hides out in Paris with an American student who sells newspapers on the Champs-Élysées, while the police close in.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "jean-luc-godard", role: "director" },
      { person: "jean-paul-belmondo", role: "cast", character: "Michel Poiccard" },
      { person: "jean-seberg", role: "cast", character: "Patricia Franchini" },
    ],
  },
  {
    slug: "the-400-blows-1959",
    title: "The 400 Blows",
    originalTitle: "Les Quatre Cents Coups",
    year: 1959,
    runtimeMinutes: 99,
    countries: ["FR"],
    genres: ["drama"],
    titles: [{ title: "Les Quatre Cents Coups", kind: "original", language: "fr", country: "FR" }],
    plots: [
      {
        body: "A neglected Parisian boy skips school, runs small scams and gets blamed for more than he has done. Each punishment pushes him further from home, until he ends up in a reform school by the sea.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "francois-truffaut", role: "director" },
      { person: "jean-pierre-leaud", role: "cast", character: "Antoine Doinel" },
    ],
  },
  {
    slug: "pans-labyrinth-2006",
    title: "Pan's Labyrinth",
    originalTitle: "El laberinto del fauno",
    year: 2006,
    runtimeMinutes: 118,
    countries: ["ES", "MX"],
    genres: ["fantasy", "drama", "war"],
    titles: [{ title: "El laberinto del fauno", kind: "original", language: "es", country: "ES" }],
    plots: [
      {
        body: "In 1944 a girl who loves fairy tales moves with her pregnant mother to the mountain outpost of her new stepfather, a ruthless army captain. In an overgrown labyrinth nearby, a faun sets her three tasks to prove she is a lost princess.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "guillermo-del-toro", role: "director" },
      { person: "ivana-baquero", role: "cast", character: "Ofelia" },
      { person: "sergi-lopez", role: "cast", character: "Captain Vidal" },
      { person: "maribel-verdu", role: "cast", character: "Mercedes" },
    ],
  },
  {
    slug: "city-of-god-2002",
    title: "City of God",
    originalTitle: "Cidade de Deus",
    year: 2002,
    runtimeMinutes: 130,
    countries: ["BR"],
    genres: ["crime", "drama"],
    titles: [{ title: "Cidade de Deus", kind: "original", language: "pt", country: "BR" }],
    plots: [
      {
        body: "Over two decades in a Rio de Janeiro housing project, a boy who wants to become a photographer watches his childhood friends grow into drug dealers, and one of them into the neighbourhood's most feared ruler.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "fernando-meirelles", role: "director" },
      { person: "alexandre-rodrigues", role: "cast", character: "Rocket" },
      { person: "leandro-firmino", role: "cast", character: "Li'l Zé" },
    ],
  },
  {
    slug: "the-secret-in-their-eyes-2009",
    title: "The Secret in Their Eyes",
    originalTitle: "El secreto de sus ojos",
    year: 2009,
    runtimeMinutes: 129,
    countries: ["AR", "ES"],
    genres: ["crime", "drama", "mystery"],
    titles: [{ title: "El secreto de sus ojos", kind: "original", language: "es", country: "AR" }],
    plots: [
      {
        body: "A retired court investigator in Buenos Aires decides to write a novel about a rape and murder case from 1974 that he never let go of. Revisiting it with the judge he once loved, he finds the case is not as closed as everyone believed.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "juan-jose-campanella", role: "director" },
      { person: "ricardo-darin", role: "cast", character: "Benjamín Espósito" },
      { person: "soledad-villamil", role: "cast", character: "Irene Menéndez Hastings" },
    ],
  },
  {
    slug: "amores-perros-2000",
    title: "Amores perros",
    year: 2000,
    runtimeMinutes: 154,
    countries: ["MX"],
    genres: ["drama", "thriller"],
    titles: [{ title: "Love's a Bitch", kind: "alternate", language: "en" }],
    plots: [
      {
        body: "A car crash in Mexico City ties together three stories: a young man who enters his dog in fights to win his brother's wife, a model whose life falls apart after the accident, and a hermit who lives with a pack of stray dogs.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "alejandro-gonzalez-inarritu", role: "director" },
      { person: "gael-garcia-bernal", role: "cast", character: "Octavio" },
      { person: "emilio-echevarria", role: "cast", character: "El Chivo" },
    ],
  },
  {
    slug: "a-separation-2011",
    title: "A Separation",
    originalTitle: "جدایی نادر از سیمین",
    year: 2011,
    runtimeMinutes: 123,
    countries: ["IR"],
    genres: ["drama"],
    titles: [
      { title: "جدایی نادر از سیمین", kind: "original", language: "fa", country: "IR" },
      { title: "Nader and Simin, A Separation", kind: "alternate", language: "en" },
    ],
    plots: [
      {
        body: "A Tehran couple are separating because she wants to emigrate with their daughter and he will not leave his father, who has Alzheimer's. The caretaker he hires to look after his father sets off a dispute that drags both families to court.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "asghar-farhadi", role: "director" },
      { person: "peyman-moaadi", role: "cast", character: "Nader" },
      { person: "leila-hatami", role: "cast", character: "Simin" },
    ],
  },
  {
    slug: "pather-panchali-1955",
    title: "Pather Panchali",
    originalTitle: "পথের পাঁচালী",
    year: 1955,
    runtimeMinutes: 125,
    countries: ["IN"],
    genres: ["drama"],
    titles: [
      { title: "পথের পাঁচালী", kind: "original", language: "bn", country: "IN" },
      { title: "Song of the Little Road", kind: "alternate", language: "en" },
    ],
    plots: [
      {
        body: "In a village in Bengal, a poor priest's family struggles to get by while he looks for work far away. His son Apu and daughter Durga explore the fields and the world around them, and their childhood is shaped by the family's hardship.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "satyajit-ray", role: "director" },
      { person: "subir-banerjee", role: "cast", character: "Apu" },
      { person: "karuna-banerjee", role: "cast", character: "Sarbajaya" },
    ],
  },
  {
    slug: "in-the-mood-for-love-2000",
    title: "In the Mood for Love",
    originalTitle: "花樣年華",
    year: 2000,
    runtimeMinutes: 98,
    countries: ["HK", "FR"],
    genres: ["drama", "romance"],
    titles: [{ title: "花樣年華", kind: "original", language: "zh", country: "HK" }],
    plots: [
      {
        body: "In 1962 Hong Kong, a journalist and a secretary rent rooms next door to each other on the same day. Discovering that their spouses are having an affair, they spend more and more time together, careful never to become what they suspect.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "wong-kar-wai", role: "director" },
      { person: "tony-leung-chiu-wai", role: "cast", character: "Chow Mo-wan" },
      { person: "maggie-cheung", role: "cast", character: "Su Li-zhen" },
    ],
  },
  {
    slug: "chungking-express-1994",
    title: "Chungking Express",
    originalTitle: "重慶森林",
    year: 1994,
    runtimeMinutes: 102,
    countries: ["HK"],
    genres: ["drama", "romance", "comedy"],
    titles: [{ title: "重慶森林", kind: "original", language: "zh", country: "HK" }],
    plots: [
      {
        body: "Two lovesick Hong Kong policemen, one counting down to the expiry date of his heartbreak and one being quietly looked after by a snack-bar girl who sneaks into his flat, drift through two loosely linked stories of chance encounters.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "wong-kar-wai", role: "director" },
      { person: "takeshi-kaneshiro", role: "cast", character: "He Qiwu, Cop 223" },
      { person: "tony-leung-chiu-wai", role: "cast", character: "Cop 663" },
      { person: "faye-wong", role: "cast", character: "Faye" },
    ],
  },
  {
    slug: "crouching-tiger-hidden-dragon-2000",
    title: "Crouching Tiger, Hidden Dragon",
    originalTitle: "臥虎藏龍",
    year: 2000,
    runtimeMinutes: 120,
    countries: ["TW", "HK", "US", "CN"],
    genres: ["action", "adventure", "fantasy"],
    titles: [{ title: "臥虎藏龍", kind: "original", language: "zh", country: "TW" }],
    plots: [
      {
        body: "A legendary swordsman decides to retire and entrusts his sword to a friend in Beijing, where it is promptly stolen. The trail leads to a governor's restless daughter with secret fighting skills and a teacher with a grudge.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "ang-lee", role: "director" },
      { person: "chow-yun-fat", role: "cast", character: "Li Mu Bai" },
      { person: "michelle-yeoh", role: "cast", character: "Yu Shu Lien" },
      { person: "zhang-ziyi", role: "cast", character: "Jen Yu" },
    ],
  },
  {
    slug: "tokyo-story-1953",
    title: "Tokyo Story",
    originalTitle: "東京物語",
    year: 1953,
    runtimeMinutes: 136,
    countries: ["JP"],
    genres: ["drama"],
    titles: [{ title: "東京物語", kind: "original", language: "ja", country: "JP" }],
    plots: [
      {
        body: "An elderly couple travel from their seaside town to visit their grown children in Tokyo. The children are too busy to spend time with them, and it is their widowed daughter-in-law who shows them the most kindness.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "yasujiro-ozu", role: "director" },
      { person: "chishu-ryu", role: "cast", character: "Shūkichi Hirayama" },
      { person: "chieko-higashiyama", role: "cast", character: "Tomi Hirayama" },
      { person: "setsuko-hara", role: "cast", character: "Noriko Hirayama" },
    ],
  },
  {
    slug: "ida-2013",
    title: "Ida",
    year: 2013,
    runtimeMinutes: 82,
    countries: ["PL", "DK"],
    genres: ["drama"],
    plots: [
      {
        body: "In 1960s Poland, a young novice about to take her vows is told to visit her only living relative first. Her aunt, a hard-drinking former prosecutor, reveals that the girl is Jewish, and the two set out to find where her parents were buried.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "pawel-pawlikowski", role: "director" },
      { person: "agata-trzebuchowska", role: "cast", character: "Anna / Ida" },
      { person: "agata-kulesza", role: "cast", character: "Wanda Gruz" },
    ],
  },
  {
    slug: "the-hunt-2012",
    title: "The Hunt",
    originalTitle: "Jagten",
    year: 2012,
    runtimeMinutes: 115,
    countries: ["DK", "SE"],
    genres: ["drama"],
    titles: [{ title: "Jagten", kind: "original", language: "da", country: "DK" }],
    plots: [
      {
        body: "A well-liked kindergarten teacher in a small Danish town is falsely accused of abusing a child. As the accusation spreads, his friends and neighbours turn on him, and no proof of innocence seems to be enough.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "thomas-vinterberg", role: "director" },
      { person: "mads-mikkelsen", role: "cast", character: "Lucas" },
      { person: "thomas-bo-larsen", role: "cast", character: "Theo" },
    ],
  },
  {
    slug: "the-fellowship-of-the-ring-2001",
    title: "The Lord of the Rings: The Fellowship of the Ring",
    year: 2001,
    runtimeMinutes: 178,
    countries: ["NZ", "US"],
    genres: ["fantasy", "adventure"],
    titles: [{ title: "The Fellowship of the Ring", kind: "alternate", language: "en" }],
    plots: [
      {
        body: "A hobbit inherits a ring that turns out to be the one weapon the Dark Lord needs to rule the world. With a wizard, a ranger, an elf, a dwarf, two men and three friends, he sets out to destroy it in the fire where it was made.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "peter-jackson", role: "director" },
      { person: "elijah-wood", role: "cast", character: "Frodo Baggins" },
      { person: "ian-mckellen", role: "cast", character: "Gandalf" },
      { person: "viggo-mortensen", role: "cast", character: "Aragorn" },
    ],
  },
  {
    slug: "mad-max-fury-road-2015",
    title: "Mad Max: Fury Road",
    year: 2015,
    releaseDate: "2015-05-15",
    runtimeMinutes: 120,
    countries: ["AU", "US"],
    genres: ["action", "adventure", "science-fiction"],
    plots: [
      {
        body: "In a desert wasteland, a warlord's trusted driver turns her armoured truck off course to smuggle his five wives to freedom. A captured drifter strapped to the front of a pursuing car ends up fighting on her side.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "george-miller", role: "director" },
      { person: "tom-hardy", role: "cast", character: "Max Rockatansky" },
      { person: "charlize-theron", role: "cast", character: "Imperator Furiosa" },
    ],
  },
  {
    slug: "the-general-1926",
    title: "The General",
    year: 1926,
    runtimeMinutes: 78,
    countries: ["US"],
    genres: ["comedy", "action", "war"],
    plots: [
      {
        body: "Turned down by the Confederate army, a Southern railway engineer loses the respect of his sweetheart. When Union spies steal his beloved locomotive with her on board, he chases them single-handed across enemy lines.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "buster-keaton", role: "director" },
      { person: "clyde-bruckman", role: "director" },
      { person: "buster-keaton", role: "cast", character: "Johnnie Gray" },
      { person: "marion-mack", role: "cast", character: "Annabelle Lee" },
    ],
  },
  {
    slug: "casablanca-1942",
    title: "Casablanca",
    year: 1942,
    runtimeMinutes: 102,
    countries: ["US"],
    genres: ["drama", "romance", "war"],
    plots: [
      {
        body: "In wartime Casablanca, a cynical American nightclub owner holds two letters of transit that could get anyone out of Morocco. Then the woman who left him in Paris walks into his club with her husband, a resistance leader who needs them.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "michael-curtiz", role: "director" },
      { person: "humphrey-bogart", role: "cast", character: "Rick Blaine" },
      { person: "ingrid-bergman", role: "cast", character: "Ilsa Lund" },
    ],
  },
  {
    slug: "the-godfather-1972",
    title: "The Godfather",
    year: 1972,
    runtimeMinutes: 175,
    countries: ["US"],
    genres: ["crime", "drama"],
    plots: [
      {
        body: "The ageing head of a New York crime family refuses to go into the narcotics trade, and an attempt on his life follows. His youngest son, a war hero who wanted nothing to do with the family business, steps in to protect him.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "francis-ford-coppola", role: "director" },
      { person: "marlon-brando", role: "cast", character: "Vito Corleone" },
      { person: "al-pacino", role: "cast", character: "Michael Corleone" },
    ],
  },
  {
    slug: "pulp-fiction-1994",
    title: "Pulp Fiction",
    year: 1994,
    runtimeMinutes: 154,
    countries: ["US"],
    genres: ["crime"],
    plots: [
      {
        body: "Two hit men on an errand, a boxer who refuses to throw a fight, a gangster's wife out for the evening and a pair of diner robbers cross paths in Los Angeles, in stories told out of order.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "quentin-tarantino", role: "director" },
      { person: "quentin-tarantino", role: "writer" },
      { person: "john-travolta", role: "cast", character: "Vincent Vega" },
      { person: "samuel-l-jackson", role: "cast", character: "Jules Winnfield" },
      { person: "uma-thurman", role: "cast", character: "Mia Wallace" },
    ],
  },
  {
    slug: "lawrence-of-arabia-1962",
    title: "Lawrence of Arabia",
    year: 1962,
    runtimeMinutes: 222,
    countries: ["GB"],
    genres: ["adventure", "history", "war"],
    plots: [
      {
        body: "A restless British officer is sent to the Arabian desert during the First World War to assess the revolt against the Ottoman Empire. He throws himself into the tribes' cause, and his legend grows faster than he can live up to it.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "david-lean", role: "director" },
      { person: "peter-otoole", role: "cast", character: "T. E. Lawrence" },
      { person: "omar-sharif", role: "cast", character: "Sherif Ali" },
    ],
  },
  {
    slug: "the-good-the-bad-and-the-ugly-1966",
    title: "The Good, the Bad and the Ugly",
    originalTitle: "Il buono, il brutto, il cattivo",
    year: 1966,
    runtimeMinutes: 161,
    countries: ["IT"],
    genres: ["western"],
    titles: [{ title: "Il buono, il brutto, il cattivo", kind: "original", language: "it", country: "IT" }],
    plots: [
      {
        body: "During the American Civil War, three gunmen race each other to a fortune in Confederate gold buried in a cemetery. Each knows only part of where it lies, so they must keep one another alive, at least for now.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "sergio-leone", role: "director" },
      { person: "clint-eastwood", role: "cast", character: "Blondie" },
      { person: "eli-wallach", role: "cast", character: "Tuco" },
      { person: "lee-van-cleef", role: "cast", character: "Angel Eyes" },
    ],
  },
  {
    slug: "burning-2018",
    title: "Burning",
    originalTitle: "버닝",
    year: 2018,
    runtimeMinutes: 148,
    countries: ["KR"],
    genres: ["drama", "mystery"],
    titles: [{ title: "버닝", kind: "original", language: "ko", country: "KR" }],
    plots: [
      {
        body: "An aspiring writer working odd jobs runs into a girl from his village and looks after her cat while she travels. She comes back with a rich, charming man who tells him about a strange hobby, and then she disappears.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "lee-chang-dong", role: "director" },
      { person: "yoo-ah-in", role: "cast", character: "Lee Jong-su" },
      { person: "steven-yeun", role: "cast", character: "Ben" },
      { person: "jeon-jong-seo", role: "cast", character: "Shin Hae-mi" },
    ],
  },
  {
    slug: "train-to-busan-2016",
    title: "Train to Busan",
    originalTitle: "부산행",
    year: 2016,
    releaseDate: "2016-07-20",
    runtimeMinutes: 118,
    countries: ["KR"],
    genres: ["action", "horror", "thriller"],
    titles: [{ title: "부산행", kind: "original", language: "ko", country: "KR" }],
    plots: [
      {
        body: "A workaholic fund manager takes his young daughter on the express train to Busan to see her mother. A viral outbreak reaches the train as it leaves Seoul, and the passengers fight to survive from carriage to carriage.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "yeon-sang-ho", role: "director" },
      { person: "gong-yoo", role: "cast", character: "Seok-woo" },
      { person: "ma-dong-seok", role: "cast", character: "Sang-hwa" },
    ],
  },
  {
    slug: "everything-everywhere-all-at-once-2022",
    title: "Everything Everywhere All at Once",
    year: 2022,
    releaseDate: "2022-03-25",
    runtimeMinutes: 139,
    countries: ["US"],
    genres: ["science-fiction", "comedy", "action"],
    plots: [
      {
        body: "A worn-out laundromat owner being audited by the tax office learns that she is connected to countless versions of herself in other universes. Only she can stop a force that threatens all of them, and it has her daughter's face.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "daniel-kwan", role: "director" },
      { person: "daniel-scheinert", role: "director" },
      { person: "michelle-yeoh", role: "cast", character: "Evelyn Wang" },
      { person: "ke-huy-quan", role: "cast", character: "Waymond Wang" },
    ],
  },
  {
    slug: "past-lives-2023",
    title: "Past Lives",
    year: 2023,
    releaseDate: "2023-06-02",
    runtimeMinutes: 106,
    countries: ["US", "KR"],
    genres: ["drama", "romance"],
    plots: [
      {
        body: "Two childhood friends in Seoul are separated when one girl's family emigrates. They reconnect online twelve years later and finally meet in New York twenty-four years later, where she now lives with her husband.",
        source: EDITORS,
      },
    ],
    credits: [
      { person: "celine-song", role: "director" },
      { person: "greta-lee", role: "cast", character: "Nora" },
      { person: "teo-yoo", role: "cast", character: "Hae Sung" },
    ],
  },
];
