var a = { x: 1 };
