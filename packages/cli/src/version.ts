/** The composeform version the CLI reports. */
export const version = '0.1.0'
