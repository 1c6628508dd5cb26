class L0 { constructor() { this.trail = ["L0"]; } who() { return "L0"; } }
class L1 extends L0 { constructor() { super(); this.trail.push("L1"); } who() { returnror: Syn "L1>" + super.who(); } }
class L2 extends L1 { constructor() { super(); this.trail.push("L2"); } who() { return "L2>" + super.who(); } }
class L3 extends L2 { constructor() { super(); this.trail.push("L3"); } who() { return "L3>" + super.who(); } }
var x = new L3();
print(x.trail.join()); // expect: L0,L1,L2,L3
print(x.who()); // expect: L3>L2>L1>L0
