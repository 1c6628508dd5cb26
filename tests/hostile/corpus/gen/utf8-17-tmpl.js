var s = `â(¡${1}`; print(s.length);
