var s = 'Á¿'; print(s.length, s.charCodeAt(0));
