var s = `ð€€€${1}`; print(s.length);
