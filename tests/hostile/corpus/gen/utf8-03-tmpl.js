var s = `Á¿${1}`; print(s.length);
