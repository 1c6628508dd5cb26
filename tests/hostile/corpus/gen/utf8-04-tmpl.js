var s = `à€€${1}`; print(s.length);
