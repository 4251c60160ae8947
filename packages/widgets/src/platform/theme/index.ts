export {
  APPEARANCE_VARIABLES,
  type Appearance,
  type AppearanceVariable,
  appearanceSheet,
} from './appearance';
export { baseStyles } from './base.styles';
export { tokenStyles } from './tokens.styles';
