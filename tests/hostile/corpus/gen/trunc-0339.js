// Function parameters, catch parameters and for-of heads destructure the same way.
function tra