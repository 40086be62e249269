// A lower folder that includes an upper one: the layering check must refuse it (test layers_refuse).
#pragma once
#include "Upper.h"
