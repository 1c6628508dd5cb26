const a = new Uint8Array(8);
let got;
