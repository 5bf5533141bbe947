import Foundation

/// "With food or on an empty stomach?", "can I swallow it with breakfast and my cuppa": how a
/// medicine is taken around food and drink. Only a sentence that says so answers ("taken with
/// food", "preferably after meals", "with plain water at least 30 minutes before any food,
/// drink…"), and it speaks to the other side of an either/or ("empty stomach") and to the meal
/// the reader names. A drink the reader names (coffee, orange juice) is heard only by a sentence
/// about any drink: "after meals" says nothing about coffee.
enum MealTiming {
    /// The question asks how the medicine goes with food or drink.
    static let asked = GatedRegex(
        #"\b(empty stomach|full stomach|with(out)? (food|a meal|meals|eating)|(before|after|with) (a |my |your |his |her |the |their )?(morning |first |big |fatty )?(meals?|breakfast|lunch|dinner|supper|eating|food)|(take|taking|taken|swallow|swallowing|have|having|with) (it |them |this |these |my |his |her |the |a )*(morning |daily |usual )?(cup of |mug of |glass of )?(coffee|tea|cuppa|milk|juice|orange juice|brew))\b"#,
        options: [.caseInsensitive])

    /// A sentence that says how the medicine is taken around meals.
    static let stated = GatedRegex(
        #"\b(with food|without food|with (a )?meals?|after (a )?meals?|before (a )?meals?|before (any |the first )?(food|meal|breakfast|eating)|empty stomach|full stomach|plain water|food,? (or |and )?drink)\b"#,
        options: [.caseInsensitive])

    /// A sentence about meal timing that speaks of any drink, not only food.
    static let anyDrink = GatedRegex(#"\b(drinks?|beverages?|liquids?)\b"#, options: [.caseInsensitive])

    /// The reader's words for meals and for taking a medicine with one: heard by any sentence that `stated` matches.
    static let mealWords = ["food", "meal", "meals", "morning", "stomach", "empty", "full", "breakfast", "lunch", "dinner", "supper", "eating", "eat", "swallow", "swallowing"]
    /// The reader's words for a drink: heard only by a sentence that also speaks of drinks.
    static let drinkWords = ["coffee", "tea", "cuppa", "milk", "juice", "orange", "brew", "drink", "drinks"]
    /// How much of a drink ("a cup of tea"): heard with the drink, never asked on its own.
    static let drinkMeasures = ["cup", "mug", "glass"]

    /// The three patterns' texts (for the required-strings table and its soundness test).
    static var patterns: [String] { [asked.pattern, stated.pattern, anyDrink.pattern] }

    static func isAsked(_ question: String) -> Bool { matches(asked, question) }
    static func isStated(_ text: String) -> Bool { matches(stated, text) }
    static func coversDrinks(_ text: String) -> Bool { matches(anyDrink, text) }

    private static func matches(_ pattern: GatedRegex, _ text: String) -> Bool {
        pattern.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }
}
