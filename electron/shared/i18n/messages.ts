// The shape every language file is checked against. A leaf: the German files import it, and importing it from the
// i18n index instead made a circle (index → translator → resources → de/* → index).

/** A namespace's messages in one language: the English shape with every text a string. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
