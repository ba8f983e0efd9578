import type { ServiceFieldKind } from "@ansinh/domain";
import type { ComponentType } from "react";
import { ChoiceAnswer, ConsentAnswer, MonthsAnswer } from "./choice-answers";
import { FacilityAnswer } from "./facility-answer";
import type { AnswerProps } from "./field-props";
import {
  BankAccountAnswer,
  BhxhNumberAnswer,
  DateAnswer,
  LongTextAnswer,
  MobileAnswer,
  MoneyAnswer,
  NationalIdAnswer,
  TextAnswer,
} from "./text-answers";

/** The component that asks each kind of question: the compiler insists on one for every kind. */
const answerComponents: Record<ServiceFieldKind, ComponentType<AnswerProps>> = {
  text: TextAnswer,
  longText: LongTextAnswer,
  choice: ChoiceAnswer,
  date: DateAnswer,
  facility: FacilityAnswer,
  bankAccount: BankAccountAnswer,
  money: MoneyAnswer,
  months: MonthsAnswer,
  consent: ConsentAnswer,
  bhxhNumber: BhxhNumberAnswer,
  nationalId: NationalIdAnswer,
  mobile: MobileAnswer,
};

/** One question of a service's form, asked the way its kind needs. */
export function AnswerInput(props: AnswerProps) {
  const Answer = answerComponents[props.field.kind] ?? TextAnswer;
  return <Answer {...props} />;
}
