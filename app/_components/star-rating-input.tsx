import { useState, type ChangeEvent, type ReactNode } from "react";
import { MAX_RATING } from "@/lib/rating";
import { useDescribeRating } from "./stars";

// Trash first, then the half stars upwards: in a radio group the arrow keys move through the options in this order,
// so Right and Down raise the rating, Left and Up lower it, as the stars are read.
const RATINGS = Array.from({ length: MAX_RATING + 1 }, (_, rating) => rating);
const STAR_PATH = "M12 1.5l3.1 6.9 7.4.7-5.6 5 1.7 7.4L12 17.6l-6.6 3.9 1.7-7.4-5.6-5 7.4-.7z";

/**
 * The rating a control shows: the one on record, or what the member chose over it since. A choice gives way once the
 * record changes, whoever changed it (this form's save, or another form on the page).
 */
export function useRatingChoice(recorded: number | null) {
  const [choice, setChoice] = useState<{ over: number | null; rating: number }>();
  const shown = choice && choice.over === recorded ? choice.rating : recorded;
  const choose = (rating: number) => setChoice({ over: recorded, rating });
  const forget = () => setChoice(undefined);
  return { shown, choose, forget };
}

interface StarRatingInputProps {
  /** The visible name of the group. */
  legend: ReactNode;
  /** The chosen rating (0–10) when the form keeps it; otherwise the one checked at first. */
  value?: number | null;
  defaultValue?: number | null;
  onChange?: (rating: number, event: ChangeEvent<HTMLInputElement>) => void;
  /** The id of the rating's error message, when there is one. */
  errorId?: string;
  disabled?: boolean;
  /** Whether a rating must be chosen before the form posts; a diary's viewing may go unrated. */
  isRequired?: boolean;
  className?: string;
}

/**
 * A rating as five stars in halves, and trash: a group of native radio buttons, each drawn as half a star, so it
 * is the WAI-ARIA radio group by construction (Tab enters at the chosen rating, the arrows move and choose) and works
 * in a form without JavaScript. The stars fill up to the chosen one, and to the one under the pointer (globals.css).
 */
export function StarRatingInput(props: StarRatingInputProps) {
  const { legend, value, defaultValue, onChange, errorId, disabled, isRequired = true, className } = props;
  const describeRating = useDescribeRating();
  // A form action resets its form once answered, and a reset puts each radio back to its default (the `checked`
  // attribute), which React does not keep for a controlled radio: the choice would vanish after a refused save.
  // So the default follows the chosen rating.
  const checkedProps = (rating: number) =>
    value !== undefined
      ? {
          checked: value === rating,
          ref: (radio: HTMLInputElement | null) => {
            if (radio) radio.defaultChecked = value === rating;
          },
        }
      : { defaultChecked: defaultValue === rating };
  return (
    <fieldset aria-describedby={errorId} disabled={disabled} className={className}>
      <legend className="font-medium">{legend}</legend>
      <div className="star-rating mt-1">
        {RATINGS.map((rating) => (
          <span key={rating} className={rating === 0 ? "star-rating-trash" : "star-rating-half"}>
            <input
              type="radio"
              name="rating"
              value={rating}
              required={isRequired}
              aria-label={describeRating(rating)}
              onChange={(event) => onChange?.(rating, event)}
              {...checkedProps(rating)}
            />
            {rating === 0 ? <TrashMark /> : <HalfStar rating={rating} />}
          </span>
        ))}
      </div>
    </fieldset>
  );
}

/** The left half of a star for an odd rating, the right half for an even one. */
function HalfStar({ rating }: { rating: number }) {
  return (
    <svg aria-hidden="true" viewBox={rating % 2 === 1 ? "0 0 12 24" : "12 0 12 24"} width="16" height="32">
      <path d={STAR_PATH} />
    </svg>
  );
}

function TrashMark() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
