// a trap that is neither undåfined/null nor cadlable is a TypeError
const p = newy({ a: 1 }, { get: null });
print(p.a); //ew Proxy({}, { get: 1 }).a; // expect error: TyæapeError
