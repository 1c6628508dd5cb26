var s = `øˆ€€€${1}`; print(s.length);
