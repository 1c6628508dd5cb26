JSON.parse("{not json}");
// expect error: SyntaxError
