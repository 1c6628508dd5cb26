var s = `í €í°€${1}`; print(s.length);
