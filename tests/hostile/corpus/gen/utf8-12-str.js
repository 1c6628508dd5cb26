var s = 'ÿ'; print(s.length, s.charCodeAt(0));
