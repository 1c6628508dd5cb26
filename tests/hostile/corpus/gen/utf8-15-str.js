var s = 'ğŸ˜'; print(s.length, s.charCodeAt(0));
