// hostile: expect=error
var o = {}; o.self = { x: [o] }; JSON.stringify(o);
