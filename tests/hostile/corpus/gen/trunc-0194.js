class L0 { constructor() { this.trail = ["L0"]; } who() { return "L0"; } }
class L1 extends L0 { constructor() { super(); this.trail.push("L1"); } who() { return "L1>" + super.who(); } }
class L2 extends L1 { constructor() { super(); this.trail.push("L2"); } who() { return "L2>" + super.who(); } }
cl