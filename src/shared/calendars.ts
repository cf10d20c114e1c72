/** How elements show dates: Gregorian only, or `dual` with the Old Style date sources give for Russia before 1918. */
export const CALENDARS = ['gregorian', 'dual'] as const;
export type Calendar = (typeof CALENDARS)[number];
