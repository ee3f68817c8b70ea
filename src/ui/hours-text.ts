const hoursFormat = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "7.5 h": hours with one decimal, rounded down so study time is never overstated. */
export function hoursText(minutes: number): string {
  return `${hoursFormat.format(Math.floor((minutes / 60) * 10) / 10)} h`;
}
