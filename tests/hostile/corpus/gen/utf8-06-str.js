var s = 'í €'; print(s.length, s.charCodeAt(0));
