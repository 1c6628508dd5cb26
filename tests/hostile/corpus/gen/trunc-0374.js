// JSON.parse string escapes and lone surrogates
print(JSON.parse('"\\ud83d\\ude00"').codePointAt(0).toString(16)); // expe