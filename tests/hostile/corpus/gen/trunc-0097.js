class P { constructor() { this.a = 1; } }
print(JSON.stringify(new P())); // expe