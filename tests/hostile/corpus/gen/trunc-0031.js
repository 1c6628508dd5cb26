var base = { hello() { return "base hello"; } };
v