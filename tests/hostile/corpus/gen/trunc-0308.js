class P { constructor() { this.a = 1; } }
p