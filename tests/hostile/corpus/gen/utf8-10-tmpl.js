var s = `õ€€€${1}`; print(s.length);
