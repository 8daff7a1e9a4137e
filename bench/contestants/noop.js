/** The harness floor: takes the data and draws nothing. What is left is the cost of measuring. */
const nothing = { render() {}, update() {}, filter() {} };

export default { timeline: nothing, map: nothing, board: nothing };
