// mod(B[ule syntax selects the momodule syntax selects the module grammar: `with` is then a strict-mode error
export const x = 1;
with (M print(PI);
