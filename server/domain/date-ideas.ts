import type { IdeaCategory } from "./date-kinds";

export { categoryLabels } from "./date-kinds";

export type CatalogueIdea = { id: string; category: IdeaCategory; title: string; description: string };

/**
 * The built-in idea bank. Ids are stable forever: reactions and plans refer to them, so
 * an idea may be reworded but never renumbered or reused for a different idea.
 */
export const catalogueIdeas: readonly CatalogueIdea[] = [
  // At home
  {
    id: "home-slow-breakfast",
    category: "at_home",
    title: "A slow breakfast in bed",
    description: "Phones in another room, something warm to drink, and nowhere to be until ten.",
  },
  {
    id: "home-cook-their-dish",
    category: "at_home",
    title: "Cook the dish they grew up with",
    description: "Ask for the recipe, or the memory of it, and make it together — mistakes included.",
  },
  {
    id: "home-living-room-picnic",
    category: "at_home",
    title: "A picnic on the living-room floor",
    description: "A blanket, finger food and candles. The weather can't cancel this one.",
  },
  {
    id: "home-film-of-their-choosing",
    category: "at_home",
    title: "Their film, no commentary",
    description: "One of you chooses a film that matters to them; the other watches without a single joke.",
  },
  {
    id: "home-old-photos",
    category: "at_home",
    title: "An evening with old photos",
    description: "Pull out a box or scroll back years. Each of you picks three and tells the story behind them.",
  },
  {
    id: "home-bake-bread",
    category: "at_home",
    title: "Bake bread from scratch",
    description: "Kneading takes time and two pairs of hands. Eat the first slice warm, standing in the kitchen.",
  },
  {
    id: "home-playlist-swap",
    category: "at_home",
    title: "Swap playlists",
    description: "Ten songs each that say something about you right now. Listen together and say why you chose them.",
  },
  {
    id: "home-puzzle-night",
    category: "at_home",
    title: "A jigsaw and a pot of tea",
    description: "A thousand pieces, no hurry. Good for talking, and for easy silence too.",
  },
  {
    id: "home-dance-kitchen",
    category: "at_home",
    title: "Dance in the kitchen",
    description: "One song you both know, lights low. Nobody is watching and nobody needs to be good at it.",
  },
  {
    id: "home-restaurant-at-home",
    category: "at_home",
    title: "Run a restaurant for two",
    description: "One of you writes a little menu, the other dresses up and is the only guest. Swap next time.",
  },
  {
    id: "home-letters",
    category: "at_home",
    title: "Write each other a letter",
    description: "By hand, at the same table. Read them aloud, or keep them sealed for a month.",
  },

  // Outdoors
  {
    id: "out-sunrise-walk",
    category: "outdoors",
    title: "Watch the sunrise",
    description: "Set an early alarm, bring a flask and a blanket, and find somewhere with a view to the east.",
  },
  {
    id: "out-new-trail",
    category: "outdoors",
    title: "Walk a trail neither of you knows",
    description: "Choose somewhere within an hour, pack lunch, and let the path set the pace.",
  },
  {
    id: "out-stargazing",
    category: "outdoors",
    title: "Lie down and look at the stars",
    description: "Drive away from the lights on a clear night. Find one constellation together, then just look.",
  },
  {
    id: "out-bike-ride",
    category: "outdoors",
    title: "A bike ride to somewhere with cake",
    description: "An easy route, a café at the end, and the whole ride back to talk about it.",
  },
  {
    id: "out-botanical-garden",
    category: "outdoors",
    title: "A morning at the botanical garden",
    description: "Walk slowly, read the little signs, pick the plant you'd each take home.",
  },
  {
    id: "out-swim",
    category: "outdoors",
    title: "A swim in open water",
    description: "A lake, the sea or an outdoor pool. Cold at first, then laughing, then a hot drink after.",
  },
  {
    id: "out-picnic-park",
    category: "outdoors",
    title: "A proper picnic in the park",
    description: "A real blanket, a basket, and food you made the evening before together.",
  },
  {
    id: "out-rain-walk",
    category: "outdoors",
    title: "A walk in the rain",
    description: "Good coats, one umbrella between you, and soup waiting at home.",
  },
  {
    id: "out-fruit-picking",
    category: "outdoors",
    title: "Pick your own fruit",
    description: "Strawberries, apples or whatever is in season — then make something with what you picked.",
  },
  {
    id: "out-boat",
    category: "outdoors",
    title: "Rent a rowing boat",
    description: "Take turns at the oars. Stop in the middle and let it drift for a while.",
  },
  {
    id: "out-sunset-spot",
    category: "outdoors",
    title: "Find your sunset spot",
    description: "Look for a hill, a bridge or a rooftop where you could watch the sun go down again and again.",
  },

  // Recreate a memory
  {
    id: "recreate-first-date",
    category: "recreate",
    title: "Recreate your first date",
    description:
      "Same place if it's still there, same order if you remember it. Tell each other what you were thinking back then.",
  },
  {
    id: "recreate-first-meal",
    category: "recreate",
    title: "Cook the first meal you made together",
    description: "Even if it went wrong the first time. Especially if it went wrong the first time.",
  },
  {
    id: "recreate-old-neighbourhood",
    category: "recreate",
    title: "Visit your old neighbourhood",
    description: "Walk past where one of you lived when you met. Point out the places that mattered.",
  },
  {
    id: "recreate-song",
    category: "recreate",
    title: "Play the song from back then",
    description: "The one that was playing everywhere when you met. Listen to it together from start to finish.",
  },
  {
    id: "recreate-photo",
    category: "recreate",
    title: "Retake an old photo",
    description: "Find a favourite picture of the two of you and stand in the same spot, in the same pose.",
  },
  {
    id: "recreate-trip",
    category: "recreate",
    title: "Go back to a place from a trip",
    description: "A day's version of a holiday you loved: the same kind of food, the same kind of walk.",
  },
  {
    id: "recreate-proposal-spot",
    category: "recreate",
    title: "Return to where you said yes",
    description: "Where you decided to be together, in whatever way you did. Stand there for a moment, now.",
  },
  {
    id: "recreate-first-film",
    category: "recreate",
    title: "See your first film again",
    description: "The first one you saw together. Notice what you remember and what you'd forgotten.",
  },
  {
    id: "recreate-early-letters",
    category: "recreate",
    title: "Read your early messages",
    description: "Old texts, cards or letters from the beginning. Read a few aloud and smile at who you were.",
  },
  {
    id: "recreate-favourite-cafe",
    category: "recreate",
    title: "Your old favourite café",
    description: "The table you used to sit at, if it's free. Order what you used to order.",
  },
  {
    id: "recreate-anniversary-dinner",
    category: "recreate",
    title: "A dinner you still talk about",
    description: "Pick the meal you both remember best and bring it back, at home or at the same place.",
  },

  // Low cost
  {
    id: "cheap-library",
    category: "low_cost",
    title: "Choose books for each other",
    description: "Go to the library and pick one book each for the other. Read the first chapter side by side.",
  },
  {
    id: "cheap-free-museum",
    category: "low_cost",
    title: "A free museum afternoon",
    description: "Pick one room only and stay long enough to really look. Each of you chooses a favourite piece.",
  },
  {
    id: "cheap-street-food",
    category: "low_cost",
    title: "A street-food crawl",
    description: "A small budget each and three stalls to try. Share everything, vote for the best bite.",
  },
  {
    id: "cheap-board-game",
    category: "low_cost",
    title: "Board games and snacks",
    description: "Dig out an old game or borrow one. Play for fun, not for the win.",
  },
  {
    id: "cheap-market",
    category: "low_cost",
    title: "Wander a market together",
    description: "A flea market or a farmers' market. Each of you finds one small thing under five to give the other.",
  },
  {
    id: "cheap-bench-talk",
    category: "low_cost",
    title: "A bench and a question",
    description: "Find a bench with a view and bring one question you've never asked each other.",
  },
  {
    id: "cheap-free-concert",
    category: "low_cost",
    title: "A free concert or open-mic night",
    description: "Local music, rough edges and all. Clap loudly for the nervous ones.",
  },
  {
    id: "cheap-tour-guides",
    category: "low_cost",
    title: "Be tourists in your own town",
    description: "Take the walk visitors take. Read every plaque and buy one postcard.",
  },
  {
    id: "cheap-homemade-pizza",
    category: "low_cost",
    title: "Homemade pizza night",
    description: "Flour, tomatoes, whatever's in the fridge. Each of you makes half of the pizza their way.",
  },
  {
    id: "cheap-sky-watch",
    category: "low_cost",
    title: "Watch the clouds",
    description: "Lie on the grass and name the shapes. Silly on purpose.",
  },
  {
    id: "cheap-volunteer",
    category: "low_cost",
    title: "Volunteer side by side",
    description: "A food bank, a park clean-up, an animal shelter: a few hours of doing good, together.",
  },

  // New together
  {
    id: "new-class",
    category: "new_together",
    title: "Take a class neither of you has tried",
    description: "Pottery, salsa, climbing — being beginners together takes the pressure off both of you.",
  },
  {
    id: "new-cuisine",
    category: "new_together",
    title: "A cuisine you've never eaten",
    description:
      "Find a restaurant serving food from somewhere neither of you knows, and order what the staff recommend.",
  },
  {
    id: "new-day-trip",
    category: "new_together",
    title: "A day trip to a town you've never seen",
    description: "Take the first train or the smallest road. No plan beyond lunch.",
  },
  {
    id: "new-learn-words",
    category: "new_together",
    title: "Learn ten words of a new language",
    description: "Pick a language you'd both like to speak, learn ten words and use them all evening.",
  },
  {
    id: "new-instrument",
    category: "new_together",
    title: "Try an instrument together",
    description: "A borrowed ukulele, a cheap keyboard, a pair of drums. Learn one simple song as a duo.",
  },
  {
    id: "new-escape-room",
    category: "new_together",
    title: "An escape room for two",
    description: "A puzzle that needs both of you. Notice how you work together when the clock is running.",
  },
  {
    id: "new-sport",
    category: "new_together",
    title: "Play a sport you're both bad at",
    description: "Badminton, bowling, mini golf. The point is the laughing.",
  },
  {
    id: "new-workshop",
    category: "new_together",
    title: "Make something in a workshop",
    description: "Candles, a wreath, a small piece of furniture: go home with a thing you made as two.",
  },
  {
    id: "new-theatre",
    category: "new_together",
    title: "See a kind of show you'd never pick",
    description: "Opera, stand-up, dance, puppets. Talk about it over a drink afterwards.",
  },
  {
    id: "new-overnight",
    category: "new_together",
    title: "One night somewhere new",
    description: "A cabin, a small inn, a tent. Just far enough away that home feels different when you come back.",
  },
  {
    id: "new-cook-class",
    category: "new_together",
    title: "A cooking class for two",
    description: "Learn one dish properly from someone who knows it, then make it again at home.",
  },

  // Quiet
  {
    id: "quiet-reading",
    category: "quiet",
    title: "Read in the same room",
    description: "Two books, one sofa, a blanket. Read out the sentence you liked best before bed.",
  },
  {
    id: "quiet-bath",
    category: "quiet",
    title: "A long evening bath",
    description: "Candles, warm water, music low. No talking about plans or problems tonight.",
  },
  {
    id: "quiet-gratitude",
    category: "quiet",
    title: "Three good things",
    description: "Each of you names three things you're grateful for in the other this week. Just listen.",
  },
  {
    id: "quiet-walk-no-phones",
    category: "quiet",
    title: "A walk without phones",
    description: "Leave them at home. Walk for an hour, talk when you want to, and let the quiet be easy.",
  },
  {
    id: "quiet-massage",
    category: "quiet",
    title: "Take turns giving a massage",
    description: "Twenty minutes each, warm oil, and a playlist you both find calming.",
  },
  {
    id: "quiet-tea-ceremony",
    category: "quiet",
    title: "Make tea properly",
    description: "Loose leaves, a pot, a timer. Sit with the first cup and taste it slowly.",
  },
  {
    id: "quiet-drawing",
    category: "quiet",
    title: "Draw each other",
    description: "Ten minutes each, no skill needed. Keep the drawings, however they turn out.",
  },
  {
    id: "quiet-candle-dinner",
    category: "quiet",
    title: "Dinner by candlelight only",
    description: "Turn every light off. Simple food, and the faces across the table.",
  },
  {
    id: "quiet-journal",
    category: "quiet",
    title: "Write side by side",
    description: "Half an hour of journalling at the same table. Share one line if you'd like to, or none.",
  },
  {
    id: "quiet-sunday-nap",
    category: "quiet",
    title: "A Sunday afternoon nap",
    description: "Curtains half drawn, nowhere to be. Rest is time together too.",
  },
  {
    id: "quiet-window-seat",
    category: "quiet",
    title: "Watch the evening come in",
    description:
      "Sit by a window as the light changes, with something warm to drink. Notice the first lamp going on outside.",
  },
];

const catalogueById = new Map(catalogueIdeas.map((idea) => [idea.id, idea]));

export function catalogueIdea(id: string): CatalogueIdea | undefined {
  return catalogueById.get(id);
}
