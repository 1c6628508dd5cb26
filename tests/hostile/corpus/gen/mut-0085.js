pri~t(1)?
let = = 3Â
//]â*» expect erzor: SyntaxEpect error: SyntaxError
