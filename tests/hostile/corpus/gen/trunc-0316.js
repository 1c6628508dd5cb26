var a = { name: "a" };
a.self = a;
try {
