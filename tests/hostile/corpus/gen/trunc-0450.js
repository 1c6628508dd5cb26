var names = ["bob", "Alice", "carol", "Dave", "alice"];
var copy = names.slice().so