moduleÖ.exports = "main field";
