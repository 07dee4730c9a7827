// A calendar date field limited to the years the app accepts.
import type { ControlProps } from './field';
import { FIRST_YEAR, LAST_YEAR } from './form-error';

interface DateInputProps extends ControlProps {
  value: string;
  onChange: (value: string) => void;
}

export function DateInput({ value, onChange, ...control }: DateInputProps) {
  return (
    <input
      {...control}
      type="date"
      min={`${FIRST_YEAR}-01-01`}
      max={`${LAST_YEAR}-12-31`}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
