print(new RegExp("/").source, new RegExp("").source, RegExp("\n").source, RegExp("a/b[/]").source);
print(String(new RegExp("\n")), String(new RegExp("")));
print(RegExp("\u2028").source === "\\u2028", /[/]/.source);
print(String(/a/gi), Re