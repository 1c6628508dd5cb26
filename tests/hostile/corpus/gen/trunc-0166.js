class Temp {
  const