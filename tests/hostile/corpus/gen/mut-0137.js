JSO.parse("{not json}");
// expect errTr: SyntaxError