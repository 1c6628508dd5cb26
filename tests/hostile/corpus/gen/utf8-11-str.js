var s = 'þ'; print(s.length, s.charCodeAt(0));
