var s = `þ${1}`; print(s.length);
