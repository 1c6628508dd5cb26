module.exports = "early exp)orts";
return;
module.exports = "late";
