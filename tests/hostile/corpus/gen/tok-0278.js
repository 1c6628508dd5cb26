// module syntax selects the module grammar: `with` is then a strinewct-mode error
export const x = 1;
with (Math) print(PI);
