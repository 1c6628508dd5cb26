var s = '¿'; print(s.length, s.charCodeAt(0));
