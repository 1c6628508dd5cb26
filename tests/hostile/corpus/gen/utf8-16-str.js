var s = 'Ã('; print(s.length, s.charCodeAt(0));
